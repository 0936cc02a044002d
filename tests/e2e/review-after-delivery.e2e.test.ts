import {
  createDemoRestaurant,
  dataOf,
  eventually,
  signUp,
  startSupergraph,
  type DemoRestaurant,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import { courierView, createTestCourier, deliveryMutation, deliveryStep, goOffline, goOnline, type TestCourier } from './support/couriers';
import { acceptOrder, cookUntilReady, KITCHEN_AT, pickUpOnceReady, placePaidOrder, submitReview } from './support/journey';

/*
 * The customer's app offers the review the moment the courier's `markDelivered` returns. The
 * delivery event that tells feedback about it travels through the outbox and the bus, so the
 * review often reaches feedback first: it must wait for the event (bounded), not answer
 * NOT_FOUND or "not delivered yet". Ten orders at once make the race likely on every run.
 */

const ORDERS = 10;

describe('a review sent the moment its order is delivered, through the router', () => {
  let sg: TestSupergraph;
  let partner: SignedIn;
  let customer: SignedIn;
  let venue: DemoRestaurant;
  let couriers: TestCourier[];

  beforeAll(async () => {
    sg = await startSupergraph({ env: { OFFER_TIMEOUT: '60s', DISPATCH_POLL_INTERVAL: '200ms' } });
    [partner, customer] = await Promise.all([signUp(sg, 'PARTNER', 'Pia Pizza'), signUp(sg, 'CUSTOMER', 'Rita Reviewer')]);
    venue = await createDemoRestaurant(sg, partner, { name: 'Slice Street', items: [{ name: 'Margherita', price: 900 }] });
    couriers = await Promise.all(Array.from({ length: ORDERS }, (_, i) => createTestCourier(sg, `Rider ${i + 1}`)));
    for (const courier of couriers) await goOnline(sg, courier, KITCHEN_AT);
  });
  afterAll(async () => {
    if (couriers) await goOffline(sg, ...couriers).catch(() => undefined);
    await sg?.stop();
  });

  it(`accepts all ${ORDERS} reviews sent right after markDelivered returned`, async () => {
    const [pizza] = venue.items as [DemoRestaurant['items'][number]];
    const orders = await Promise.all(
      Array.from({ length: ORDERS }, () => placePaidOrder(sg, customer, venue, [{ menuItemId: pizza.id, quantity: 1 }])),
    );
    await Promise.all(orders.map((order) => acceptOrder(sg, partner, order.id)));

    // Whichever courier the dispatcher asks takes whichever order it is offered.
    const deliveries = await Promise.all(
      couriers.map(async (courier) => {
        const offered = await eventually(async () => {
          const offer = (await courierView(sg, courier)).offeredDelivery;
          if (!offer) throw new Error(`${courier.name} has no offer yet`);
          return offer;
        }, 20_000);
        return { courier, delivery: await deliveryStep(sg, courier, 'acceptDelivery', offered.id) };
      }),
    );
    expect(new Set(deliveries.map((d) => d.delivery.order.id))).toEqual(new Set(orders.map((o) => o.id)));

    await Promise.all(orders.map((order) => cookUntilReady(sg, partner, order.id)));
    await Promise.all(deliveries.map(({ courier, delivery }) => pickUpOnceReady(sg, courier, delivery.id)));

    const answers = await Promise.all(
      deliveries.map(async ({ courier, delivery }) => {
        const dropped = dataOf(await deliveryMutation(sg, courier, 'markDelivered', delivery.id), 'markDelivered').markDelivered;
        expect(dropped?.status).toBe('DELIVERED');
        // No pause, no retry: exactly what a client does when its mutation returns.
        return submitReview(sg, customer, { orderId: delivery.order.id, restaurantRating: 5, courierRating: 4 });
      }),
    );
    expect(answers.map((answer) => answer.errors?.map((e) => `${String(e.extensions?.['code'])}: ${e.message}`) ?? 'ok')).toEqual(
      Array.from({ length: ORDERS }, () => 'ok'),
    );
    expect(answers.map((answer) => answer.data?.submitReview.restaurantRating)).toEqual(Array.from({ length: ORDERS }, () => 5));
  });
});
