import {
  createDemoRestaurant,
  eventually,
  freePort,
  menuItemStock,
  orderMutation,
  orderOf,
  placeOrder,
  readOrder,
  readStreamEvents,
  signUp,
  sleep,
  startSubgraphProcess,
  startSupergraph,
  startTcpGate,
  TEST_NATS_URL,
  waitForOrder,
  type SignedIn,
  type StreamEvent,
  type SubgraphProcess,
  type TcpGate,
  type TestSupergraph,
} from '@foodgraph/testing';

/**
 * The orders subgraph runs as its own process (`subgraphs/orders/dist/main.js`, so build
 * first), talking to NATS through a gate the test can cut. Cutting it before a mutation makes
 * the relay's publish vanish, so SIGKILL then lands between the committed state change and
 * the publish — deterministically, not by racing the relay's post-commit nudge.
 */
describe('an orders process killed between a state change and its event', () => {
  let sg: TestSupergraph;
  let ordersPort: number;
  let orders: { process: SubgraphProcess; gate: TcpGate } | null = null;
  let customer: SignedIn;

  const nats = new URL(TEST_NATS_URL);
  const startOrders = async () => {
    const gate = await startTcpGate({ host: nats.hostname, port: Number(nats.port || 4222) });
    const child = await startSubgraphProcess(sg, { name: 'orders', port: ordersPort, env: { NATS_URL: `nats://127.0.0.1:${gate.port}` } });
    orders = { process: child, gate };
  };
  const crashOrders = async () => {
    await orders!.process.kill('SIGKILL');
    await orders!.gate.close();
    orders = null;
  };
  const eventsAbout = async (orderId: string, producer: string, type: string, extra: (e: StreamEvent) => boolean = () => true) =>
    (await readStreamEvents(sg.namespace, producer)).filter(
      (e) => e.event.type === type && e.event.data['orderId'] === orderId && extra(e),
    );

  beforeAll(async () => {
    ordersPort = await freePort();
    sg = await startSupergraph({ only: ['users', 'menu'], router: { subgraphUrls: { orders: `http://127.0.0.1:${ordersPort}/graphql` } } });
    await startOrders();
    customer = await signUp(sg, 'CUSTOMER');
  });
  afterAll(async () => {
    if (orders) await crashOrders();
    await sg?.stop();
  });

  it('publishes the events once after a restart and the saga completes: placement, then cancellation', async () => {
    const partner = await signUp(sg, 'PARTNER');
    const venue = await createDemoRestaurant(sg, partner, { items: [{ name: 'Ramen', price: 1300, stock: 5 }] });
    const ramen = venue.items[0];

    // 1. placeOrder commits the order and its orders.order.placed outbox row; the publish is lost.
    orders!.gate.block();
    const placed = orderOf(
      await placeOrder(sg, customer, { restaurantId: venue.id, lines: [{ menuItemId: ramen.id, quantity: 2 }] }),
      'placeOrder',
    );
    expect(placed.status).toBe('PENDING');
    await sleep(500);
    expect(await eventsAbout(placed.id, 'orders', 'orders.order.placed')).toEqual([]);
    expect(await menuItemStock(sg, ramen.id)).toBe(5);
    await crashOrders();

    await startOrders();
    const awaiting = await waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT', () => true, 20_000);
    expect(awaiting.history.map((h) => h.status)).toEqual(['PENDING', 'AWAITING_PAYMENT']);
    expect(await menuItemStock(sg, ramen.id)).toBe(3);
    expect(await eventsAbout(placed.id, 'orders', 'orders.order.placed')).toHaveLength(1);
    expect(await eventsAbout(placed.id, 'menu', 'menu.stock.reserved')).toHaveLength(1);

    // 2. cancelOrder commits CANCELLED and its status_changed outbox row; the publish is lost.
    orders!.gate.block();
    const cancelled = orderOf(
      await orderMutation(sg, customer, 'cancel', { orderId: placed.id, reason: 'Changed my mind' }),
      'cancelOrder',
    );
    expect(cancelled.status).toBe('CANCELLED');
    await sleep(500);
    const isCancel = (e: StreamEvent) => e.event.data['to'] === 'CANCELLED';
    expect(await eventsAbout(placed.id, 'orders', 'orders.order.status_changed', isCancel)).toEqual([]);
    expect(await menuItemStock(sg, ramen.id)).toBe(3);
    await crashOrders();

    await startOrders();
    await eventually(async () => expect(await menuItemStock(sg, ramen.id)).toBe(5), 20_000);
    expect(await eventsAbout(placed.id, 'orders', 'orders.order.status_changed', isCancel)).toHaveLength(1);
    expect(await eventsAbout(placed.id, 'menu', 'menu.stock.released')).toHaveLength(1);
    const final = (await readOrder(sg, customer, placed.id))!;
    expect(final.history.map((h) => h.status)).toEqual(['PENDING', 'AWAITING_PAYMENT', 'CANCELLED']);

    // Nothing comes out twice later either (the relay would have retried by now).
    await sleep(1000);
    expect(await eventsAbout(placed.id, 'orders', 'orders.order.placed')).toHaveLength(1);
    expect(await menuItemStock(sg, ramen.id)).toBe(5);
  }, 90_000);
});
