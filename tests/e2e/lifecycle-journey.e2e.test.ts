import {
  createDemoRestaurant,
  dataOf,
  errorCodes,
  eventually,
  loginAdmin,
  readOrder,
  signUp,
  startSupergraph,
  waitForOrder,
  type DemoRestaurant,
  type GraphQLResult,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import {
  courierView,
  createTestCourier,
  deliveryMutation,
  deliveryStep,
  goOffline,
  goOnline,
  waitForOffer,
  type TestCourier,
} from './support/couriers';
import {
  acceptOrder,
  cookUntilReady,
  CUSTOMER_AT,
  deliveryOfOrder,
  haversineMeters,
  KITCHEN_AT,
  pickUpOnceReady,
  placePaidOrder,
  reviewOnceDelivered,
  submitReview,
} from './support/journey';

/** Everything the customer's receipt screen shows, in one query across all five subgraphs. */
const RECEIPT = `query Receipt($id: ID!) {
  order(id: $id) {
    id number status
    total { amount currency }
    lines { name quantity menuItem { name } }
    restaurant { name rating reviewCount }
    delivery { status distanceMeters assignedAt pickedUpAt deliveredAt courier { name rating } }
    review { restaurantRating courierRating comment }
  }
}`;

interface Receipt {
  order: {
    id: string;
    number: string;
    status: string;
    total: { amount: number; currency: string };
    lines: { name: string; quantity: number; menuItem: { name: string } }[];
    restaurant: { name: string; rating: number | null; reviewCount: number };
    delivery: {
      status: string;
      distanceMeters: number;
      assignedAt: string;
      pickedUpAt: string;
      deliveredAt: string;
      courier: { name: string; rating: number | null };
    };
    review: { restaurantRating: number; courierRating: number; comment: string };
  };
}

const EARNINGS_FIELDS =
  'deliveries basePay { amount currency } bonus { amount currency } total { amount currency } bonusLines { rule description amount { amount currency } }';
const EARNINGS = `query Earnings($from: DateTime!, $to: DateTime!) {
  myCourierProfile { earnings(from: $from, to: $to) { ${EARNINGS_FIELDS} } }
}`;

const RATINGS = `query Ratings($restaurantId: ID!) {
  restaurant(id: $restaurantId) { rating reviewCount }
}`;

/**
 * A pay policy whose bonuses a test can predict: every minute is a peak minute, 4 stars count
 * as a high rating, two on-time deliveries in a row make a streak.
 */
const EARNINGS_ENV = {
  EARNINGS_CURRENCY: 'EUR',
  BASE_PAY: '300',
  PAY_PER_KM: '80',
  ON_TIME_BONUS: '100',
  ON_TIME_GRACE_MINUTES: '5',
  PEAK_BONUS: '150',
  PEAK_HOURS: '00:00-24:00',
  EARNINGS_TIME_ZONE: 'UTC',
  HIGH_RATING_BONUS: '120',
  HIGH_RATING_MIN: '4',
  STREAK_BONUS: '500',
  STREAK_LENGTH: '2',
};

describe('an order from payment to review, across all five subgraphs, through the router', () => {
  let sg: TestSupergraph;
  let partner: SignedIn;
  let customer: SignedIn;
  let venue: DemoRestaurant;

  beforeAll(async () => {
    sg = await startSupergraph({ env: { OFFER_TIMEOUT: '30s', DISPATCH_POLL_INTERVAL: '200ms', ...EARNINGS_ENV } });
    [partner, customer] = await Promise.all([signUp(sg, 'PARTNER', 'Rosa Ramen'), signUp(sg, 'CUSTOMER', 'Hungry Hana')]);
    venue = await createDemoRestaurant(sg, partner, {
      name: 'Ramen Row',
      items: [
        { name: 'Shoyu ramen', price: 1300 },
        { name: 'Gyoza', price: 550 },
      ],
    });
  });
  afterAll(() => sg?.stop());

  it('is paid, accepted, declined by the nearest courier, delivered by the next, reviewed, and read back in one query', async () => {
    const [ramen, gyoza] = venue.items as [DemoRestaurant['items'][number], DemoRestaurant['items'][number]];
    const [near, far]: TestCourier[] = await Promise.all([createTestCourier(sg, 'Ana Near'), createTestCourier(sg, 'Ben Far')]);
    // Ana waits 100 m from the kitchen, Ben 1.1 km away: the dispatcher asks Ana first.
    await goOnline(sg, near, { lat: 40.0009, lng: -75.0 });
    await goOnline(sg, far, { lat: 40.01, lng: -75.0 });

    const before = dataOf(
      await sg.query<{ restaurant: { rating: number | null; reviewCount: number } }>(RATINGS, { variables: { restaurantId: venue.id } }),
      'ratings',
    );
    expect(before.restaurant).toEqual({ rating: null, reviewCount: 0 });

    const order = await placePaidOrder(sg, customer, venue, [
      { menuItemId: ramen.id, quantity: 2 },
      { menuItemId: gyoza.id, quantity: 1 },
    ]);
    expect(order.payment.status).toBe('PAID');
    await acceptOrder(sg, partner, order.id);

    const offeredToNear = await waitForOffer(sg, near, order.id);
    expect(offeredToNear).toMatchObject({
      status: 'AWAITING_COURIER',
      courier: null,
      distanceMeters: haversineMeters(KITCHEN_AT, CUSTOMER_AT),
    });
    expect((await courierView(sg, far)).offeredDelivery).toBeNull();
    // Before a courier accepts, the customer sees a delivery waiting for one.
    expect(await deliveryOfOrder(sg, customer, order.id)).toEqual({ id: offeredToNear.id, status: 'AWAITING_COURIER' });

    expect((await deliveryStep(sg, near, 'declineDelivery', offeredToNear.id)).status).toBe('AWAITING_COURIER');
    const offeredToFar = await waitForOffer(sg, far, order.id);
    expect(offeredToFar.id).toBe(offeredToNear.id);
    expect((await courierView(sg, near)).offeredDelivery).toBeNull();

    const assigned = await deliveryStep(sg, far, 'acceptDelivery', offeredToFar.id);
    expect(assigned).toMatchObject({ status: 'ASSIGNED', courier: { name: 'Ben Far' }, assignedAt: expect.any(String) });
    expect((await courierView(sg, far)).status).toBe('ON_DELIVERY');

    // The assigned courier may read the order before pick-up (orders records the assignment);
    // the courier who declined may not.
    const seenByCourier = await eventually(async () => (await readOrder(sg, far, order.id))!, 10_000);
    expect(seenByCourier).toMatchObject({ id: order.id, status: 'ACCEPTED' });
    expect(
      errorCodes(await sg.query('query($id: ID!) { order(id: $id) { id } }', { token: near.token, variables: { id: order.id } })),
    ).toEqual(['FORBIDDEN']);

    await cookUntilReady(sg, partner, order.id);
    expect((await pickUpOnceReady(sg, far, assigned.id)).status).toBe('PICKED_UP');
    await waitForOrder(sg, customer, order.id, 'PICKED_UP');
    expect((await deliveryStep(sg, far, 'markDelivered', assigned.id)).status).toBe('DELIVERED');
    const delivered = await waitForOrder(sg, customer, order.id, 'DELIVERED');
    expect(delivered.history.slice(-2).map((h) => [h.status, h.actor?.id])).toEqual([
      ['PICKED_UP', far.id],
      ['DELIVERED', far.id],
    ]);
    expect((await courierView(sg, far)).status).toBe('AVAILABLE');

    // Nobody has rated Ben yet.
    const unrated = await sg.query<{ order: { delivery: { courier: { rating: number | null } } } }>(
      'query($id: ID!) { order(id: $id) { delivery { courier { rating } } } }',
      { token: customer.token, variables: { id: order.id } },
    );
    expect(dataOf(unrated, 'Courier.rating').order.delivery.courier.rating).toBeNull();

    const review = await reviewOnceDelivered(sg, customer, {
      orderId: order.id,
      restaurantRating: 4,
      courierRating: 5,
      comment: 'Rich broth, fast bike',
    });
    expect(review).toMatchObject({ restaurantRating: 4, courierRating: 5, courier: { id: far.courierId } });

    const receipt = dataOf(await sg.query<Receipt>(RECEIPT, { token: customer.token, variables: { id: order.id } }), 'receipt').order;
    expect(receipt).toMatchObject({
      id: order.id,
      number: order.number,
      status: 'DELIVERED',
      total: { amount: 2 * 1300 + 550 + venue.deliveryFee, currency: 'EUR' },
      lines: [
        { name: 'Shoyu ramen', quantity: 2, menuItem: { name: 'Shoyu ramen' } },
        { name: 'Gyoza', quantity: 1, menuItem: { name: 'Gyoza' } },
      ],
      restaurant: { name: 'Ramen Row', rating: 4, reviewCount: 1 },
      delivery: { status: 'DELIVERED', distanceMeters: haversineMeters(KITCHEN_AT, CUSTOMER_AT), courier: { name: 'Ben Far', rating: 5 } },
      review: { restaurantRating: 4, courierRating: 5, comment: 'Rich broth, fast bike' },
    });
    const { assignedAt, pickedUpAt, deliveredAt } = receipt.delivery;
    const times = [order.placedAt, assignedAt, pickedUpAt, deliveredAt].map((t) => Date.parse(t));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Date.parse(deliveredAt)).toBeLessThanOrEqual(Date.now());

    await goOffline(sg, near, far);
  });

  /**
   * One order taken to the door by a courier who is alone online, with `beforeReady` run while
   * the courier holds it and the kitchen is still cooking; answers the delivery's id.
   */
  const deliverAlone = async (
    courier: TestCourier,
    orderId: string,
    beforeReady: (deliveryId: string) => Promise<void> = async () => {},
  ) => {
    await acceptOrder(sg, partner, orderId);
    const offered = await waitForOffer(sg, courier, orderId);
    await deliveryStep(sg, courier, 'acceptDelivery', offered.id);
    await beforeReady(offered.id);
    await cookUntilReady(sg, partner, orderId);
    await pickUpOnceReady(sg, courier, offered.id);
    await deliveryStep(sg, courier, 'markDelivered', offered.id);
    return offered.id;
  };

  it('refuses what couriers and customers may not do: wrong courier, early pick-up, early, foreign and repeated reviews', async () => {
    const dish = venue.items[0];
    const [carla, dario] = await Promise.all([createTestCourier(sg, 'Carla'), createTestCourier(sg, 'Dario')]);
    const stranger = await signUp(sg, 'CUSTOMER', 'Nosy Neighbour');
    await goOnline(sg, carla, KITCHEN_AT);
    const order = await placePaidOrder(sg, customer, venue, [{ menuItemId: dish.id, quantity: 1 }]);

    const code = async (result: Promise<GraphQLResult<unknown>>) => errorCodes(await result);
    const deliveryId = await deliverAlone(carla, order.id, async (id) => {
      // Carla holds it, the kitchen is still cooking: no pick-up yet, and nobody else's hands on it.
      expect(await code(deliveryMutation(sg, carla, 'markPickedUp', id))).toEqual(['INVALID_STATE_TRANSITION']);
      for (const step of ['acceptDelivery', 'markPickedUp', 'markDelivered'] as const)
        expect(await code(deliveryMutation(sg, dario, step, id))).toEqual(['FORBIDDEN']);
      expect(await code(submitReview(sg, customer, { orderId: order.id, restaurantRating: 5 }))).toEqual(['FORBIDDEN']);
    });
    expect(await code(deliveryMutation(sg, dario, 'markDelivered', deliveryId))).toEqual(['FORBIDDEN']);
    // Carla repeating her own committed step (a retry) gets the current state back, not an error.
    expect(await code(deliveryMutation(sg, carla, 'markDelivered', deliveryId))).toEqual([]);
    await waitForOrder(sg, customer, order.id, 'DELIVERED');

    // Delivered now: only its own customer may review it, and only once.
    expect(await code(submitReview(sg, stranger, { orderId: order.id, restaurantRating: 1, comment: 'never ate here' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      await code(sg.query('query($id: ID!) { order(id: $id) { id } }', { token: stranger.token, variables: { id: order.id } })),
    ).toEqual(['FORBIDDEN']);
    await reviewOnceDelivered(sg, customer, { orderId: order.id, restaurantRating: 5, courierRating: 4 });
    expect(await code(submitReview(sg, customer, { orderId: order.id, restaurantRating: 1 }))).toEqual(['CONFLICT']);
    const ratings = dataOf(
      await sg.query<{ restaurant: { rating: number; reviewCount: number } }>(RATINGS, { variables: { restaurantId: venue.id } }),
      'ratings',
    );
    expect(ratings.restaurant).toEqual({ rating: 4.5, reviewCount: 2 });

    await goOffline(sg, carla);
  });

  it("pays a courier's deliveries as hand-computed: base, per km, and each predictable bonus line", async () => {
    const dish = venue.items[1];
    const from = new Date(Date.now() - 60_000).toISOString();
    const emil = await createTestCourier(sg, 'Emil Earner');
    await goOnline(sg, emil, { lat: 40.002, lng: -75.001 });
    const courierRatings = [5, 3];
    for (const courierRating of courierRatings) {
      const order = await placePaidOrder(sg, customer, venue, [{ menuItemId: dish.id, quantity: 1 }]);
      await deliverAlone(emil, order.id);
      await reviewOnceDelivered(sg, customer, { orderId: order.id, restaurantRating: 4, courierRating });
    }
    const to = new Date(Date.now() + 60_000).toISOString();

    // Pay per delivery: 3.00 base + 0.80 per km of the kitchen-to-door distance, to the cent.
    const meters = haversineMeters(KITCHEN_AT, CUSTOMER_AT);
    const pay = 300 + Math.round((meters * 80) / 1000);
    const eur = (amount: number) => ({ amount, currency: 'EUR' });
    const expected = {
      deliveries: 2,
      basePay: eur(2 * pay),
      // Both arrived well before the ETA promised at assignment, both in "peak hours" (all day),
      // one rated 4+ stars, and two on-time deliveries make one streak.
      bonusLines: [
        { rule: 'ON_TIME', amount: eur(200), description: expect.stringMatching(/^2 on-time deliveries × 1\.00 EUR/) },
        { rule: 'PEAK_HOURS', amount: eur(300), description: expect.stringMatching(/^2 deliveries in peak hours × 1\.50 EUR/) },
        { rule: 'HIGH_RATING', amount: eur(120), description: expect.stringMatching(/^1 delivery rated 4\+ stars × 1\.20 EUR/) },
        { rule: 'STREAK', amount: eur(500), description: expect.stringMatching(/^1 streak of 2 on-time deliveries × 5\.00 EUR/) },
      ],
      bonus: eur(200 + 300 + 120 + 500),
      total: eur(2 * pay + 1120),
    };
    // The rating reaches delivery by feedback's event, a moment after the review.
    const earnings = await eventually(async () => {
      const r = await sg.query<{ myCourierProfile: { earnings: unknown } }>(EARNINGS, { token: emil.token, variables: { from, to } });
      const got = dataOf(r, 'earnings').myCourierProfile.earnings;
      expect(got).toEqual(expected);
      return got;
    }, 10_000);
    expect(earnings).toMatchObject({ total: eur(2 * pay + 1120) });

    // An admin sees the same figures; another courier sees none of them.
    const admin = await loginAdmin(sg);
    const asAdmin = await sg.query<{ couriers: { id: string; earnings: unknown }[] }>(
      `query($from: DateTime!, $to: DateTime!) { couriers(first: 100) { id earnings(from: $from, to: $to) { ${EARNINGS_FIELDS} } } }`,
      { token: admin.token, variables: { from, to } },
    );
    expect(dataOf(asAdmin, 'couriers').couriers.find((c) => c.id === emil.courierId)?.earnings).toEqual(expected);

    await goOffline(sg, emil);
  });
});
