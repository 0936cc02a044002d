import {
  createDemoRestaurant,
  eventually,
  menuItemStock,
  orderOf,
  payBySandboxWebhook,
  placeOrder,
  readOrder,
  signUp,
  sleep,
  startSupergraph,
  waitForOrder,
  type DemoRestaurant,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';

const TIMEOUT_MS = 2000;

describe('durable payment and acceptance timeouts through the router', () => {
  let sg: TestSupergraph;
  let customer: SignedIn;
  let venue: DemoRestaurant;
  let dish: DemoRestaurant['items'][number];

  beforeAll(async () => {
    sg = await startSupergraph({ env: { PAYMENT_TIMEOUT: '2s', ACCEPT_TIMEOUT: '2s', DEADLINE_POLL_INTERVAL: '200ms' } });
    const partner = await signUp(sg, 'PARTNER');
    customer = await signUp(sg, 'CUSTOMER');
    venue = await createDemoRestaurant(sg, partner, { items: [{ name: 'Bibimbap', price: 1400, stock: 10 }] });
    dish = venue.items[0]!;
  });
  afterAll(() => sg?.stop());

  const placeQr = async () => {
    const placed = orderOf(
      await placeOrder(sg, customer, { restaurantId: venue.id, lines: [{ menuItemId: dish.id, quantity: 2 }] }),
      'placeOrder',
    );
    return waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT');
  };

  it('cancels an unpaid order once its payment deadline passed while the orders subgraph was down, and frees its stock', async () => {
    const order = await placeQr();
    expect(await menuItemStock(sg, dish.id)).toBe(8);

    // The deadline falls due while no orders process runs; the new one finds it in the database.
    await sg.stack.restartSubgraph('orders', { whileDown: () => sleep(TIMEOUT_MS + 500) });

    const cancelled = await waitForOrder(sg, customer, order.id, 'CANCELLED');
    expect(cancelled).toMatchObject({ statusReason: expect.stringMatching(/payment/i), payment: { status: 'FAILED', paidAt: null } });
    expect(cancelled.history.map((h) => [h.status, h.actor])).toEqual([
      ['PENDING', { id: customer.id }],
      ['AWAITING_PAYMENT', null],
      ['CANCELLED', null],
    ]);
    await eventually(async () => expect(await menuItemStock(sg, dish.id)).toBe(10));
  });

  it('rejects and refunds a paid order the restaurant did not accept in time, across a restart', async () => {
    const order = await placeQr();
    expect((await payBySandboxWebhook(sg, order)).status).toBe(200);
    await waitForOrder(sg, customer, order.id, 'PLACED');

    await sg.stack.restartSubgraph('orders', { whileDown: () => sleep(TIMEOUT_MS + 500) });

    const rejected = await waitForOrder(sg, customer, order.id, 'REJECTED', (o) => o.payment.status === 'REFUNDED');
    expect(rejected.statusReason).toMatch(/accept/i);
    expect(rejected.payment.refundedAt).toEqual(expect.any(String));
    expect(rejected.history.map((h) => h.status)).toEqual(['PENDING', 'AWAITING_PAYMENT', 'PLACED', 'REJECTED']);
    expect(rejected.history.at(-1)!.actor).toBeNull();
    await eventually(async () => expect(await menuItemStock(sg, dish.id)).toBe(10));
  });

  it('fires nothing for an order that moved on before its deadline', async () => {
    const placed = orderOf(
      await placeOrder(sg, customer, {
        restaurantId: venue.id,
        lines: [{ menuItemId: dish.id, quantity: 1 }],
        paymentMethod: 'CASH_ON_DELIVERY',
      }),
      'placeOrder',
    );
    await waitForOrder(sg, customer, placed.id, 'PLACED');
    const accepted = await sg.query('mutation($id: ID!) { acceptOrder(orderId: $id, prepMinutes: 5) { status } }', {
      token: venue.owner.token,
      variables: { id: placed.id },
    });
    expect(accepted.errors).toBeUndefined();
    await sleep(TIMEOUT_MS + 600);
    const order = await readOrder(sg, customer, placed.id);
    expect(order!.history.map((h) => h.status)).toEqual(['PENDING', 'PLACED', 'ACCEPTED']);
  });
});
