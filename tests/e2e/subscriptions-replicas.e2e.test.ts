import {
  connectLive,
  createDemoRestaurant,
  orderOf,
  placeOrder,
  postGraphQL,
  PRODUCTION_PARTITIONS,
  signUp,
  startReplicaBehindRouter,
  startSupergraph,
  waitForOrder,
  type DemoRestaurant,
  type LiveClient,
  type LiveSubscription,
  type ReplicaBehindRouter,
  type SignedIn,
  type TestOrder,
  type TestSupergraph,
} from '@foodgraph/testing';
import { orderingKeyOf, partitionOfKey } from '@foodgraph/platform/messaging';
import pino from 'pino';
import { payThroughRouter } from './support/journey';
import { ORDER_UPDATED, upstreamLive, upstreamOf, type LiveOrder } from './support/live';

/**
 * A logger that keeps the records of the live-updates consumer, to tell which orders instance
 * handled which event; everything else is dropped.
 */
function handledBy(): { logger: pino.Logger; events: Set<string> } {
  const events = new Set<string>();
  const logger = pino(
    { level: 'debug' },
    {
      write(line: string) {
        if (!line.includes('"consumer":"orders-live-updates"') || !line.includes('"event handled"')) return;
        events.add((JSON.parse(line) as { eventId: string }).eventId);
      },
    },
  );
  return { logger, events };
}

const STEPS = ['PLACED', 'ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP'];

/** The kitchen's moves, sent to a router of the test's choosing. */
const KITCHEN = {
  accept: 'mutation($orderId: ID!) { acceptOrder(orderId: $orderId, prepMinutes: 10) { id status } }',
  startPreparing: 'mutation($orderId: ID!) { startPreparing(orderId: $orderId) { id status } }',
  markReady: 'mutation($orderId: ID!) { markOrderReady(orderId: $orderId) { id status } }',
} as const;

let sg: TestSupergraph;
let second: ReplicaBehindRouter;
let partner: SignedIn;
let customer: SignedIn;
let venue: DemoRestaurant;
const first = handledBy();
const other = handledBy();
const clients: LiveClient[] = [];

beforeAll(async () => {
  // Production's partition count: the two orders instances share the partitions out.
  sg = await startSupergraph({ logger: first.logger, env: PRODUCTION_PARTITIONS });
  second = await startReplicaBehindRouter(sg, 'orders', other.logger);
  [partner, customer] = await Promise.all([signUp(sg, 'PARTNER', 'Twin Kitchens'), signUp(sg, 'CUSTOMER', 'Double Dora')]);
  venue = await createDemoRestaurant(sg, partner, { name: 'Mirror Diner', items: [{ name: 'Club sandwich', price: 900 }] });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await second?.stop();
  await sg?.stop();
});

/** The customer watches `order` through both routers. */
function watchOnBoth(order: TestOrder): LiveSubscription<LiveOrder>[] {
  return [sg.url, second.url].map((url) => {
    const client = connectLive(url, { token: customer.token });
    clients.push(client);
    return client.subscribe<LiveOrder>(ORDER_UPDATED, { orderId: order.id });
  });
}

describe('two routers in front of two orders instances on one database, NATS and Redis', () => {
  it('delivers every change to the subscribers of both routers, whichever instance handled its event', async () => {
    const orders: TestOrder[] = [];
    // Two instances hold the even and the odd partitions (partition mod members = rank): three
    // orders, and more until both halves have one, so both instances must handle some events.
    const halves = new Set<number>();
    while (orders.length < 3 || (halves.size < 2 && orders.length < 16)) {
      const placed = orderOf(
        await placeOrder(sg, customer, { restaurantId: venue.id, lines: [{ menuItemId: venue.items[0].id, quantity: 1 }] }),
        'placeOrder',
      );
      orders.push(await waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT'));
      halves.add(partitionOfKey(orderingKeyOf({ data: { orderId: placed.id } }), Number(PRODUCTION_PARTITIONS.NATS_PARTITIONS)) % 2);
    }
    const watched = orders.map((order) => ({ order, subscriptions: watchOnBoth(order) }));
    await upstreamLive(() => upstreamOf(sg, 'orders'), orders.length);
    await upstreamLive(() => second.subgraph.subscriptions!, orders.length);

    // The kitchen works through router B, the payments go to router A: either router serves writes too.
    for (const { order } of watched) await payThroughRouter(sg, order);
    for (const operation of ['accept', 'startPreparing', 'markReady'] as const)
      for (const { order } of watched) {
        const r = await postGraphQL<Record<string, TestOrder>>(second.url, KITCHEN[operation], {
          token: partner.token,
          variables: { orderId: order.id },
        });
        orderOf(r, operation);
      }

    for (const { order, subscriptions } of watched) {
      for (const sub of subscriptions) {
        await sub.waitForData((d) => d.orderUpdated.status === 'READY_FOR_PICKUP');
        const statuses = sub.results.map((r) => r.data!.orderUpdated.status);
        // What was still on its way when the subscription started comes first (at most the
        // steps before payment), then every step after it, in order.
        expect(statuses.slice(statuses.indexOf('PLACED'))).toEqual(STEPS);
        expect(sub.results.every((r) => r.errors === undefined && r.data!.orderUpdated.id === order.id)).toBe(true);
      }
    }
    // Both instances took part: the shared durable consumer spread the events over them.
    expect(first.events.size).toBeGreaterThan(0);
    expect(other.events.size).toBeGreaterThan(0);
  });
});
