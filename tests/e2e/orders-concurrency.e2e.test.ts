import { randomUUID } from 'node:crypto';
import {
  createDemoRestaurant,
  dataOf,
  eventually,
  menuItemStock,
  ORDER_OPS,
  orderMutation,
  orderOf,
  payBySandboxWebhook,
  placeOrder,
  PRODUCTION_PARTITIONS,
  readOrder,
  readStreamEvents,
  redeliverStreamEvent,
  signUp,
  startGuest,
  startSubgraphReplica,
  startSupergraph,
  waitForOrder,
  type DemoRestaurant,
  type SignedIn,
  type TestOrder,
  type TestSupergraph,
} from '@foodgraph/testing';

const CUSTOMERS = 50;
const LAST_UNITS = 10;

describe('orders under concurrency and repetition, through the router', () => {
  let sg: TestSupergraph;
  let venue: DemoRestaurant;
  let dumplings: DemoRestaurant['items'][number];
  let noodles: DemoRestaurant['items'][number];

  beforeAll(async () => {
    // Production's partition count: the two menu replicas below share the partitions out.
    sg = await startSupergraph({ env: PRODUCTION_PARTITIONS });
    const partner = await signUp(sg, 'PARTNER');
    venue = await createDemoRestaurant(sg, partner, {
      items: [
        { name: 'Soup dumplings', price: 900, stock: LAST_UNITS },
        { name: 'Dan dan noodles', price: 1100, stock: 100 },
      ],
    });
    [dumplings, noodles] = venue.items as [typeof dumplings, typeof noodles];
  });
  afterAll(() => sg?.stop());

  const myOrderIds = async (customer: SignedIn) =>
    dataOf(
      await sg.query<{ myOrders: { edges: { node: { id: string } }[] } }>(ORDER_OPS.myOrders, { token: customer.token }),
      'myOrders',
    ).myOrders.edges.map((e) => e.node.id);

  it(`gives the last ${LAST_UNITS} units to exactly ${LAST_UNITS} of ${CUSTOMERS} customers ordering at once and rejects the rest`, async () => {
    // Guests: a rush of real accounts would mostly measure the password hashing.
    const customers = await Promise.all(Array.from({ length: CUSTOMERS }, (_, i) => startGuest(sg, `Guest ${i + 1}`)));
    let placed: TestOrder[] = [];
    // Menu is down while the rush comes in, so every order is accepted for checking before the
    // first unit is taken (otherwise late ones are refused up front as "not available"); then
    // two menu replicas share the backlog. (The durable consumer keeps one message in flight,
    // so they take turns; the row locks are what would keep stock exact if they did not.)
    await sg.stack.restartSubgraph('menu', {
      whileDown: async () => {
        const results = await Promise.all(
          customers.map((customer) =>
            placeOrder(sg, customer, { restaurantId: venue.id, lines: [{ menuItemId: dumplings.id, quantity: 1 }] }),
          ),
        );
        placed = results.map((r) => orderOf(r, 'placeOrder'));
        expect(placed.map((o) => o.status)).toEqual(Array(CUSTOMERS).fill('PENDING'));
      },
    });
    const replica = await startSubgraphReplica(sg, 'menu');
    try {
      // One cheap query per poll: the partner's view of the restaurant's orders.
      await eventually(
        async () => {
          const { restaurant } = dataOf(
            await sg.query<{ restaurant: { orders: { edges: { node: { status: string } }[] } } }>(ORDER_OPS.restaurantOrders, {
              token: venue.owner.token,
              variables: { id: venue.id },
            }),
            'Restaurant.orders',
          );
          const statuses = restaurant.orders.edges.map((e) => e.node.status);
          expect(statuses).toHaveLength(CUSTOMERS);
          expect(statuses.filter((s) => s === 'PENDING')).toEqual([]);
        },
        45_000,
        250,
      );
      const outcomes = (await Promise.all(placed.map((o, i) => readOrder(sg, customers[i], o.id)))).map((o) => o!);

      const winners = outcomes.filter((o) => o.status === 'AWAITING_PAYMENT');
      const losers = outcomes.filter((o) => o.status === 'REJECTED');
      expect(winners).toHaveLength(LAST_UNITS);
      expect(losers).toHaveLength(CUSTOMERS - LAST_UNITS);
      for (const order of winners) expect(order.payment.qrCode).toBeTruthy();
      for (const order of losers) {
        expect(order.statusReason).toMatch(/Not enough stock: Soup dumplings/);
        expect(order.history.map((h) => [h.status, h.actor])).toEqual([
          ['PENDING', { id: order.customer.id }],
          ['REJECTED', null],
        ]);
      }
      expect(await menuItemStock(sg, dumplings.id)).toBe(0);
      const item = await sg.query<{ menuItem: { available: boolean } }>('query($id: ID!) { menuItem(id: $id) { available } }', {
        variables: { id: dumplings.id },
      });
      expect(item.data!.menuItem.available).toBe(false);
    } finally {
      await replica.stop();
    }
  });

  it('returns the same order for the same idempotency key, sent again or many times at once', async () => {
    const customer = await signUp(sg, 'CUSTOMER');
    const spec = { restaurantId: venue.id, lines: [{ menuItemId: noodles.id, quantity: 1 }], idempotencyKey: randomUUID() };
    const first = orderOf(await placeOrder(sg, customer, spec), 'placeOrder');
    const again = orderOf(await placeOrder(sg, customer, spec), 'placeOrder');
    expect(again.id).toBe(first.id);

    const burstKey = { ...spec, idempotencyKey: randomUUID() };
    const burst = await Promise.all(Array.from({ length: 8 }, () => placeOrder(sg, customer, burstKey)));
    const ids = new Set(burst.map((r) => orderOf(r, 'placeOrder').id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).not.toBe(first.id);

    expect((await myOrderIds(customer)).sort()).toEqual([first.id, ...ids].sort());
    // One order, so one reservation: 2 units in all, not 9.
    await waitForOrder(sg, customer, first.id, 'AWAITING_PAYMENT');
    await waitForOrder(sg, customer, [...ids][0], 'AWAITING_PAYMENT');
    expect(await menuItemStock(sg, noodles.id)).toBe(98);
  });

  it('applies a payment webhook delivered twice, or several times at once, only once', async () => {
    const customer = await signUp(sg, 'CUSTOMER');
    const placed = orderOf(
      await placeOrder(sg, customer, { restaurantId: venue.id, lines: [{ menuItemId: noodles.id, quantity: 1 }] }),
      'placeOrder',
    );
    const awaiting = await waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT');

    const deliveries = await Promise.all(Array.from({ length: 4 }, () => payBySandboxWebhook(sg, awaiting)));
    expect(deliveries.map((d) => d.status)).toEqual([200, 200, 200, 200]);
    expect(deliveries.filter((d) => d.body['result'] === 'APPLIED')).toHaveLength(1);
    const paid = await waitForOrder(sg, customer, placed.id, 'PLACED');

    const redelivered = await payBySandboxWebhook(sg, awaiting);
    expect(redelivered).toEqual({ status: 200, body: expect.objectContaining({ result: 'DUPLICATE' }) });
    // The provider may also report the same payment under a new notification id.
    const reported = await payBySandboxWebhook(sg, awaiting, { eventId: `evt_again_${placed.id}` });
    expect(reported.body['result']).toBe('ALREADY_SETTLED');

    const after = (await readOrder(sg, customer, placed.id))!;
    expect(after.payment).toEqual(paid.payment);
    expect(after.payment.paidAt).not.toBeNull();
    expect(after.history.map((h) => h.status)).toEqual(['PENDING', 'AWAITING_PAYMENT', 'PLACED']);
  });

  it('changes nothing when a saga event is delivered a second time', async () => {
    const customer = await signUp(sg, 'CUSTOMER');
    const stockBefore = (await menuItemStock(sg, noodles.id))!;
    const placed = orderOf(
      await placeOrder(sg, customer, { restaurantId: venue.id, lines: [{ menuItemId: noodles.id, quantity: 2 }] }),
      'placeOrder',
    );
    await waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT');
    orderOf(await orderMutation(sg, customer, 'cancel', { orderId: placed.id }), 'cancelOrder');
    await eventually(async () => expect(await menuItemStock(sg, noodles.id)).toBe(stockBefore));

    const [menuEvents, orderEvents] = await Promise.all([readStreamEvents(sg.namespace, 'menu'), readStreamEvents(sg.namespace, 'orders')]);
    const aboutIt = (e: { event: { data: Record<string, unknown> } }) => e.event.data['orderId'] === placed.id;
    const reserved = menuEvents.find((e) => aboutIt(e) && e.event.type === 'menu.stock.reserved')!;
    const cancelled = orderEvents.find(
      (e) => aboutIt(e) && e.event.type === 'orders.order.status_changed' && e.event.data['to'] === 'CANCELLED',
    )!;
    await redeliverStreamEvent(reserved);
    await redeliverStreamEvent(cancelled);

    // Each consumer handles its stream in order: once a later order got its stock and QR
    // code, both duplicates have been handled.
    const later = orderOf(
      await placeOrder(sg, customer, { restaurantId: venue.id, lines: [{ menuItemId: noodles.id, quantity: 1 }] }),
      'placeOrder',
    );
    await waitForOrder(sg, customer, later.id, 'AWAITING_PAYMENT');

    const order = (await readOrder(sg, customer, placed.id))!;
    expect(order.history.map((h) => h.status)).toEqual(['PENDING', 'AWAITING_PAYMENT', 'CANCELLED']);
    expect(await menuItemStock(sg, noodles.id)).toBe(stockBefore - 1);
    const released = (await readStreamEvents(sg.namespace, 'menu')).filter((e) => aboutIt(e) && e.event.type === 'menu.stock.released');
    expect(released).toHaveLength(1);
  });
});
