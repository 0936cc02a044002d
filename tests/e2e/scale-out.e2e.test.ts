import {
  connectLive,
  createDemoRestaurant,
  eventually,
  freePort,
  menuItemStock,
  orderMutation,
  orderOf,
  payBySandboxWebhook,
  placeOrder,
  postGraphQL,
  PRODUCTION_PARTITIONS,
  readStreamEvents,
  signUp,
  startSubgraphProcess,
  startSupergraph,
  TEST_REDIS_URL,
  waitForOrder,
  type DemoRestaurant,
  type LiveClient,
  type LiveSubscription,
  type SignedIn,
  type SubgraphProcess,
  type TestOrder,
  type TestSupergraph,
} from '@foodgraph/testing';
import { ORDER_UPDATED, type LiveOrder } from './support/live';
import { startRouterProcess, type RouterProcess } from './support/processes';
import { startRoundRobinFront, type RoundRobinFront } from './support/round-robin-front';

const SUBGRAPHS = ['users', 'menu', 'orders', 'delivery', 'feedback'] as const;
const CUSTOMERS = 4;
const ORDERS_PER_CUSTOMER = 5;
const STOCK = 100;
const STEPS = ['PLACED', 'ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP'];

/** The sum of every sample of `name` whose labels contain `labels` (a `k="v"` fragment). */
function sumOf(metrics: string, name: string, labels = ''): number {
  return metrics
    .split('\n')
    .filter((line) => (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) && line.includes(labels))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

const scrape = async (origin: string): Promise<string> => (await fetch(`${origin}/metrics`)).text();
const originOf = (url: string): string => new URL(url).origin;

/**
 * The rehearsal of a scaled-out deployment on one machine: two routers and two replicas of every
 * subgraph, each its own process from its production entry point (build first), on one
 * PostgreSQL, NATS and Redis, behind a round-robin front. Router A sends to the first replica of
 * each subgraph and router B to the second, so requests reach all ten; the replicas of a subgraph
 * share its database and durable consumers, so events spread over them too.
 */
describe('scale-out rehearsal: two routers, two replicas of every subgraph', () => {
  let sg: TestSupergraph;
  const replicas: SubgraphProcess[][] = [[], []];
  const routers: RouterProcess[] = [];
  let front: RoundRobinFront;
  /** The stack as the helpers see it, but every request through the front. */
  let viaFront: TestSupergraph;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    const ports = await Promise.all([0, 1].map(() => Promise.all(SUBGRAPHS.map(() => freePort()))));
    const urlsOf = (replica: 0 | 1): Record<string, string> =>
      Object.fromEntries(SUBGRAPHS.map((name, i) => [name, `http://127.0.0.1:${ports[replica][i]}/graphql`]));
    // Nothing runs in this process but an idle router: the stack is only the namespace, the
    // secrets and the clean-up of databases and streams.
    // Production's partition count: the replicas below share out the partitions.
    sg = await startSupergraph({ only: [], env: PRODUCTION_PARTITIONS, router: { subgraphUrls: urlsOf(0) } });
    for (const replica of [0, 1] as const) {
      // Two replicas of one subgraph must not migrate its database at once: second ones after.
      // Each kept as soon as it is up, so a sibling failing to start leaves nothing behind.
      await Promise.all(
        SUBGRAPHS.map(async (name, i) => {
          const env = { REDIS_URL: TEST_REDIS_URL };
          replicas[replica][i] = await startSubgraphProcess(sg, { name, port: ports[replica][i], env, readyTimeoutMs: 60_000 });
        }),
      );
    }
    for (const replica of [0, 1] as const)
      routers.push(await startRouterProcess(sg, await freePort(), urlsOf(replica), { REDIS_URL: TEST_REDIS_URL }));
    front = await startRoundRobinFront(routers.map((r) => r.origin));
    viaFront = { ...sg, url: front.url, query: (query, options) => postGraphQL(front.url, query, options) };
  }, 150_000);
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await front?.close();
    await Promise.all(routers.map((r) => r.kill()));
    await Promise.all(replicas.flat().map((p) => p?.kill('SIGKILL')));
    await sg?.stop();
  });

  it('runs an order load without lost or duplicated effects, every subscriber sees every change, and work spreads', async () => {
    const partner = await signUp(viaFront, 'PARTNER', 'Scaled Kitchen');
    const venue: DemoRestaurant = await createDemoRestaurant(viaFront, partner, {
      name: 'Twin Ovens',
      items: [{ name: 'Flatbread', price: 800, stock: STOCK }],
    });
    const customers: SignedIn[] = await Promise.all(
      Array.from({ length: CUSTOMERS }, (_, i) => signUp(viaFront, 'CUSTOMER', `Load ${i + 1}`)),
    );

    // 20 orders, the customers in parallel.
    const placed = await Promise.all(
      customers.map(async (customer) => {
        const mine: TestOrder[] = [];
        for (let i = 0; i < ORDERS_PER_CUSTOMER; i++) {
          const order = orderOf(
            await placeOrder(viaFront, customer, { restaurantId: venue.id, lines: [{ menuItemId: venue.items[0].id, quantity: 1 }] }),
            'placeOrder',
          );
          mine.push(await waitForOrder(viaFront, customer, order.id, 'AWAITING_PAYMENT'));
        }
        return { customer, orders: mine };
      }),
    );
    const orders = placed.flatMap((p) => p.orders);

    // Each customer watches each of their orders through both routers.
    const watched: { order: TestOrder; subscriptions: LiveSubscription<LiveOrder>[] }[] = [];
    for (const { customer, orders: mine } of placed) {
      const live = routers.map((router) => connectLive(router.url, { token: customer.token }));
      clients.push(...live);
      for (const order of mine)
        watched.push({ order, subscriptions: live.map((client) => client.subscribe<LiveOrder>(ORDER_UPDATED, { orderId: order.id })) });
    }
    await eventually(async () => {
      for (const router of routers)
        expect(sumOf(await scrape(router.origin), 'foodgraph_router_upstream_subscriptions')).toBe(orders.length);
    }, 20_000);

    // The load: pay, accept, cook, all through the front, the orders in parallel.
    await Promise.all(
      placed.flatMap(({ customer, orders: mine }) =>
        mine.map(async (order) => {
          const paid = await payBySandboxWebhook(viaFront, order, { ordersUrl: front.url });
          expect(paid.status).toBe(200);
          await waitForOrder(viaFront, customer, order.id, 'PLACED');
          orderOf(await orderMutation(viaFront, partner, 'accept', { orderId: order.id, prepMinutes: 10 }), 'acceptOrder');
          orderOf(await orderMutation(viaFront, partner, 'startPreparing', { orderId: order.id }), 'startPreparing');
          orderOf(await orderMutation(viaFront, partner, 'markReady', { orderId: order.id }), 'markOrderReady');
        }),
      ),
    );

    // Every subscriber, on either router, saw every step of its order once, in order.
    for (const { order, subscriptions } of watched) {
      for (const subscription of subscriptions) {
        await subscription.waitForData((d) => d.orderUpdated.status === 'READY_FOR_PICKUP', 20_000);
        const statuses = subscription.results.map((r) => r.data!.orderUpdated.status);
        expect(statuses.slice(statuses.indexOf('PLACED'))).toEqual(STEPS);
        expect(subscription.results.every((r) => r.errors === undefined && r.data!.orderUpdated.id === order.id)).toBe(true);
      }
    }

    // No lost or duplicated effect: one reservation per order, one event per state change.
    expect(await menuItemStock(viaFront, venue.items[0].id)).toBe(STOCK - orders.length);
    const ids = new Set(orders.map((o) => o.id));
    const ordersStream = (await readStreamEvents(sg.namespace, 'orders')).filter((e) => ids.has(String(e.event.data['orderId'])));
    const menuStream = (await readStreamEvents(sg.namespace, 'menu')).filter((e) => ids.has(String(e.event.data['orderId'])));
    const all = [...ordersStream, ...menuStream].map((e) => e.event.id);
    expect(new Set(all).size).toBe(all.length);
    const per = (events: typeof ordersStream, type: string, to?: string) =>
      [...ids].map(
        (id) => events.filter((e) => e.event.type === type && e.event.data['orderId'] === id && (!to || e.event.data['to'] === to)).length,
      );
    expect(per(ordersStream, 'orders.order.placed')).toEqual(orders.map(() => 1));
    expect(per(menuStream, 'menu.stock.reserved')).toEqual(orders.map(() => 1));
    for (const step of STEPS) expect(per(ordersStream, 'orders.order.status_changed', step)).toEqual(orders.map(() => 1));

    // The work spread: both routers got requests, every replica served operations, and both
    // replicas of the busiest consumers (orders and menu) handled events.
    expect(Math.min(...front.counts)).toBeGreaterThan(0);
    const served = await Promise.all(
      replicas.map((set) =>
        Promise.all(
          set.map(async (p) => {
            const metrics = await scrape(originOf(p.url));
            return {
              operations: sumOf(metrics, 'foodgraph_subgraph_operation_duration_seconds_count'),
              handled: sumOf(metrics, 'foodgraph_consumer_handling_duration_seconds_count', 'outcome="handled"'),
            };
          }),
        ),
      ),
    );
    const table = SUBGRAPHS.map((name, i) => ({ name, first: served[0][i], second: served[1][i] }));
    for (const { name, first, second } of table) {
      expect({ name, operations: Math.min(first.operations, second.operations) > 0 }).toEqual({ name, operations: true });
      if (name === 'orders' || name === 'menu')
        expect({ name, handled: Math.min(first.handled, second.handled) > 0 }).toEqual({ name, handled: true });
    }
  }, 150_000);
});
