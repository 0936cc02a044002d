import {
  connectLive,
  createDemoRestaurant,
  dataOf,
  eventually,
  orderOf,
  placeOrder,
  signUp,
  startSupergraph,
  waitForOrder,
  type DemoRestaurant,
  type LiveClient,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import { createTestCourier, deliveryStep, goOnline, type TestCourier } from './support/couriers';
import { acceptOrder, cookUntilReady, KITCHEN_AT, payThroughRouter, pickUpOnceReady, reviewOnceDelivered } from './support/journey';
import {
  COURIER_LOCATION,
  DELIVERY_OFFERS,
  KITCHEN_FEED,
  ORDER_UPDATED,
  upstreamLive,
  upstreamOf,
  type LiveOffer,
  type LiveOrder,
} from './support/live';

let sg: TestSupergraph;
let partner: SignedIn;
let customer: SignedIn;
let venue: DemoRestaurant;
let rider: TestCourier;
let farRider: TestCourier;
const clients: LiveClient[] = [];

/** A graphql-ws connection to the router, disposed after the file. */
function live(user?: SignedIn, token = user?.token): LiveClient {
  const client = connectLive(sg.url, token ? { token } : {});
  clients.push(client);
  return client;
}

const orders = () => upstreamOf(sg, 'orders');
const delivery = () => upstreamOf(sg, 'delivery');
const routerStats = () => sg.stack.router.subscriptions!.stats();

/** A new QR order of `customer`, once its payment is asked for. */
async function orderAwaitingPayment(who: SignedIn, quantity = 1) {
  const placed = orderOf(
    await placeOrder(sg, who, { restaurantId: venue.id, lines: [{ menuItemId: venue.items[0].id, quantity }] }),
    'placeOrder',
  );
  return waitForOrder(sg, who, placed.id, 'AWAITING_PAYMENT');
}

beforeAll(async () => {
  sg = await startSupergraph({
    env: { OFFER_TIMEOUT: '60s', DISPATCH_POLL_INTERVAL: '200ms', LOCATION_PINGS_PER_SECOND: '20', LOCATION_PING_BURST: '20' },
  });
  [partner, customer] = await Promise.all([signUp(sg, 'PARTNER', 'Kim Kitchen'), signUp(sg, 'CUSTOMER', 'Watching Wanda')]);
  venue = await createDemoRestaurant(sg, partner, { name: 'Live Noodles', items: [{ name: 'Dan dan noodles', price: 1200 }] });
  [rider, farRider] = await Promise.all([createTestCourier(sg, 'Quick Quinn'), createTestCourier(sg, 'Far Fran')]);
  await goOnline(sg, rider, KITCHEN_AT);
  await goOnline(sg, farRider, { lat: 40.05, lng: -75.05 });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await sg?.stop();
});

describe('live updates through the router', () => {
  it('streams every step of an order to its customer with menu, feedback and delivery fields, and offers it to the chosen courier only', async () => {
    const awaiting = await orderAwaitingPayment(customer, 2);
    const watching = live(customer);
    const order = watching.subscribe<LiveOrder>(ORDER_UPDATED, { orderId: awaiting.id });
    const riding = live(rider);
    const farAway = live(farRider);
    const offers = riding.subscribe<LiveOffer>(DELIVERY_OFFERS);
    const otherOffers = farAway.subscribe<LiveOffer>(DELIVERY_OFFERS);
    await upstreamLive(orders, 1);
    await upstreamLive(delivery, 2);

    const reached = (status: string, also: (o: LiveOrder['orderUpdated']) => boolean = () => true) =>
      order.waitForData((d) => d.orderUpdated.status === status && also(d.orderUpdated));

    // Each step waits for its update, so what the delivery fields show at each one is known.
    await payThroughRouter(sg, awaiting);
    await reached('PLACED');
    await acceptOrder(sg, partner, awaiting.id);
    await reached('ACCEPTED');
    const offered = await offers.waitForData((d) => d.deliveryOffers.status === 'AWAITING_COURIER');
    const deliveryId = offered.deliveryOffers.id;
    await deliveryStep(sg, rider, 'acceptDelivery', deliveryId);
    await reached('ACCEPTED', (o) => o.delivery?.courier !== null && o.delivery?.courier !== undefined);
    // Two moves in a row: each is seen as itself, although the row is READY by the time both are resolved.
    await cookUntilReady(sg, partner, awaiting.id);
    await reached('READY_FOR_PICKUP');

    const follow = watching.subscribe<{ courierLocation: { location: { lat: number; lng: number }; at: string } }>(COURIER_LOCATION, {
      orderId: awaiting.id,
    });
    await upstreamLive(delivery, 3);
    await pickUpOnceReady(sg, rider, deliveryId);
    await reached('PICKED_UP');
    const route = [
      { lat: 40.004, lng: -75.004 },
      { lat: 40.008, lng: -75.008 },
    ];
    for (const at of route)
      dataOf(
        await sg.query('mutation($at: GeoPointInput!) { updateCourierLocation(location: $at) { id } }', {
          token: rider.token,
          variables: { at },
        }),
        'updateCourierLocation',
      );
    const pings = await follow.waitForResults(2);
    await deliveryStep(sg, rider, 'markDelivered', deliveryId);
    await reached('DELIVERED');
    await offers.waitForData((d) => d.deliveryOffers.status === 'DELIVERED');

    expect(order.results.every((u) => u.errors === undefined)).toBe(true);
    const seen = order.results.map((u) => u.data!.orderUpdated);
    // Changes made before the subscription may still be on their way when it starts: at most
    // the two steps before payment, in their order, and only before everything that follows.
    const first = seen.findIndex((o) => o.status === 'PLACED');
    expect(first).toBeLessThanOrEqual(2);
    expect(seen.slice(0, first).map((o) => o.status)).toEqual(['PENDING', 'AWAITING_PAYMENT'].slice(2 - first));
    const after = seen.slice(first);
    expect(after.map((o) => o.status)).toEqual([
      'PLACED',
      'ACCEPTED',
      'ACCEPTED',
      'PREPARING',
      'READY_FOR_PICKUP',
      'PICKED_UP',
      'DELIVERED',
    ]);
    expect(seen.every((o) => o.id === awaiting.id)).toBe(true);
    // Menu's name and feedback's rating (none yet) on every update.
    expect(new Set(seen.map((o) => JSON.stringify(o.restaurant)))).toEqual(
      new Set([JSON.stringify({ name: 'Live Noodles', rating: null })]),
    );
    expect(after[0].delivery).toBeNull();
    // The delivery is created from the acceptance, so the acceptance may arrive just before or just after it.
    expect([null, { status: 'AWAITING_COURIER', courier: null }]).toContainEqual(after[1].delivery);
    expect(after.slice(2).map((o) => o.delivery)).toEqual(
      ['ASSIGNED', 'ASSIGNED', 'ASSIGNED', 'PICKED_UP', 'DELIVERED'].map((status) => ({ status, courier: { name: 'Quick Quinn' } })),
    );

    expect(pings.map((p) => p.data!.courierLocation.location)).toEqual(route);
    expect(offers.results.map((r) => r.data!.deliveryOffers)).toEqual([
      { id: deliveryId, status: 'AWAITING_COURIER', order: { id: awaiting.id }, courier: null },
      ...['ASSIGNED', 'PICKED_UP', 'DELIVERED'].map((status) => ({
        id: deliveryId,
        status,
        order: { id: awaiting.id },
        courier: { name: 'Quick Quinn' },
      })),
    ]);
    expect(otherOffers.results).toEqual([]);

    // The rating the updates showed as null is feedback's, filled in once the customer reviews.
    await reviewOnceDelivered(sg, customer, { orderId: awaiting.id, restaurantRating: 4 });
    await eventually(async () => {
      const r = await sg.query<{ restaurant: { rating: number | null } }>('query($id: ID!) { restaurant(id: $id) { rating } }', {
        variables: { id: venue.id },
      });
      expect(dataOf(r, 'restaurant').restaurant.rating).toBe(4);
    });
    await Promise.all([watching, riding, farAway].map((c) => c.dispose()));
    await upstreamLive(orders, 0);
    await upstreamLive(delivery, 0);
  });

  it("puts a new order on its restaurant owner's kitchen screen as it is placed", async () => {
    const feed = live(partner).subscribe<{
      restaurantOrderFeed: {
        id: string;
        number: string;
        status: string;
        lines: { name: string; quantity: number }[];
        restaurant: { name: string };
      };
    }>(KITCHEN_FEED, { restaurantId: venue.id });
    await upstreamLive(orders, 1);
    const placed = await orderAwaitingPayment(customer, 3);
    await feed.waitForData((d) => d.restaurantOrderFeed.id === placed.id && d.restaurantOrderFeed.status === 'AWAITING_PAYMENT');
    const mine = feed.results.map((r) => r.data!.restaurantOrderFeed).filter((o) => o.id === placed.id);
    expect(mine).toEqual([
      {
        id: placed.id,
        number: placed.number,
        status: 'PENDING',
        lines: [{ name: 'Dan dan noodles', quantity: 3 }],
        restaurant: { name: 'Live Noodles' },
      },
      expect.objectContaining({ id: placed.id, status: 'AWAITING_PAYMENT' }),
    ]);
    feed.dispose();
    await upstreamLive(orders, 0);
  });
});

describe('refusals', () => {
  it("ends a subscription to someone else's order with FORBIDDEN and releases it upstream", async () => {
    const order = await orderAwaitingPayment(customer);
    const nosy = await signUp(sg, 'CUSTOMER', 'Nosy Ned');
    const watch = live(nosy).subscribe<LiveOrder>(ORDER_UPDATED, { orderId: order.id });
    await watch.ended;
    expect(watch.completed).toBe(true);
    expect(watch.results).toEqual([{ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })] }]);

    const foreignKitchen = live(await signUp(sg, 'PARTNER', 'Other Owner')).subscribe(KITCHEN_FEED, { restaurantId: venue.id });
    await foreignKitchen.ended;
    expect(foreignKitchen.results).toEqual([
      { errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })] },
    ]);
    await upstreamLive(orders, 0);
  });

  it('closes the connection with 4403 when the access token does not verify', async () => {
    const client = live(undefined, 'not.a.token');
    const watch = client.subscribe(ORDER_UPDATED, { orderId: '00000000-0000-7000-8000-000000000000' });
    expect((await client.closed).code).toBe(4403);
    await watch.ended;
    expect(watch.results).toEqual([]);
  });

  it('answers an unknown field with a validation error before anything is sent upstream', async () => {
    const before = routerStats();
    const watch = live(customer).subscribe('subscription($id: ID!) { orderUpdated(orderId: $id) { id colour } }', {
      id: '00000000-0000-7000-8000-000000000000',
    });
    await watch.ended;
    expect(watch.error).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('Cannot query field "colour"'),
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    expect(routerStats().upstreamSubscriptions).toBe(before.upstreamSubscriptions);
    expect(orders().subscriptions).toBe(0);
  });

  it('releases the upstream subscription when the client disconnects', async () => {
    const order = await orderAwaitingPayment(customer);
    const phone = live(customer);
    phone.subscribe<LiveOrder>(ORDER_UPDATED, { orderId: order.id });
    await upstreamLive(orders, 1);
    expect(routerStats()).toMatchObject({ feeds: 1, upstreamSubscriptions: 1 });
    phone.terminate();
    await upstreamLive(orders, 0);
    await eventually(() => expect(routerStats()).toMatchObject({ feeds: 0, upstreamSubscriptions: 0 }));
  });
});
