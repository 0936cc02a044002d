import { uuidv7 } from '@foodgraph/platform/ids';
import { DeliveryHarness, user } from './support/delivery-harness';
import { ACCEPT, DELIVERED, EARNINGS, errorOf, ok, PICKED_UP } from './support/operations';
import { acceptedOrder, north, offeredTo, orderReady, seedCourier, seedRestaurant, type SeededCourier, type Venue } from './support/world';

let now = new Date('2026-03-02T08:00:00Z');
const at = (iso: string) => (now = new Date(iso));

/*
 * A bicycle courier waiting at the restaurant (12 km/h = 200 m/min as the crow flies), so the
 * ETA at assignment is just the ride to the customer:
 *   D1 1112 m → ceil(5.56) = 6 min    pay 300 + round(1112 × 0.08) = 389
 *   D2 2224 m → ceil(11.12) = 12 min  pay 300 + round(2224 × 0.08) = 478
 *   D3 3336 m → ceil(16.68) = 17 min  pay 300 + round(3336 × 0.08) = 567
 *   D4 1112 m → 6 min                 pay 389
 */
const POLICY = {
  currency: 'EUR',
  basePay: 300,
  perKm: 80,
  onTime: { amount: 100, graceMinutes: 5 },
  peak: { amount: 150, windows: [{ start: 12 * 60, end: 14 * 60 }], timeZone: 'UTC' },
  highRating: { amount: 100, minRating: 5 },
  streak: { amount: 500, length: 2 },
};

describe('courier earnings', () => {
  let h: DeliveryHarness;
  let venue: Venue;
  let courier: SeededCourier;

  beforeAll(async () => {
    h = await DeliveryHarness.start({ clock: () => now, config: { earnings: POLICY } });
    venue = await seedRestaurant(h);
    courier = await seedCourier(h, 'Earning Ed', { at: north(0) });
  });
  afterAll(() => h.stop());

  /** One delivery to `meters` south of the restaurant, accepted and delivered at the given times. */
  const deliver = async (meters: number, acceptedAt: string, deliveredAt: string) => {
    at(acceptedAt);
    const order = await acceptedOrder(h, venue, north(-meters));
    expect(await offeredTo(h, order.deliveryId)).toBe(courier.id);
    ok(await h.call(courier.identity, ACCEPT, { id: order.deliveryId }));
    await orderReady(h, order);
    ok(await h.call(courier.identity, PICKED_UP, { id: order.deliveryId }));
    at(deliveredAt);
    ok(await h.call(courier.identity, DELIVERED, { id: order.deliveryId }));
    return order;
  };

  const review = async (orderId: string, courierRating: number) => {
    const reviewId = uuidv7();
    await h.publish('feedback.review.submitted', {
      reviewId,
      orderId,
      authorId: uuidv7(),
      restaurantId: venue.restaurantId,
      restaurantRating: 4,
      courierId: courier.id,
      courierRating,
      at: now.toISOString(),
    });
    return reviewId;
  };

  it('equals the hand-computed pay and bonus lines for a day of deliveries', async () => {
    // D1: promised 12:06, delivered 12:10 — 4 min late, inside the 5 min grace: on time; peak; 5 stars.
    const d1 = await deliver(1112, '2026-03-02T12:00:00Z', '2026-03-02T12:10:00Z');
    // D2: promised 13:12, delivered 13:20 — late; peak; 4 stars.
    const d2 = await deliver(2224, '2026-03-02T13:00:00Z', '2026-03-02T13:20:00Z');
    // D3: promised 15:17, delivered 15:15 — on time; 5 stars, but the review is hidden by a moderator.
    const d3 = await deliver(3336, '2026-03-02T15:00:00Z', '2026-03-02T15:15:00Z');
    // D4: promised 16:06, delivered 16:05 — on time; together with D3 a streak of two.
    await deliver(1112, '2026-03-02T16:00:00Z', '2026-03-02T16:05:00Z');
    await review(d1.orderId, 5);
    await review(d2.orderId, 4);
    const hiddenId = await review(d3.orderId, 5);
    await h.publish('feedback.review.moderated', {
      reviewId: hiddenId,
      orderId: d3.orderId,
      restaurantId: venue.restaurantId,
      restaurantRating: 4,
      courierId: courier.id,
      courierRating: 5,
      hidden: true,
      reason: 'abusive',
      moderatorId: uuidv7(),
      at: now.toISOString(),
    });
    await h.waitFor(
      async () => (await h.dataSource.query('SELECT 1 FROM courier_ratings WHERE hidden')).length === 1,
      'the ratings read model',
    );

    const day = { id: courier.id, from: '2026-03-02T00:00:00Z', to: '2026-03-03T00:00:00Z' };
    const mine = ok(await h.call<{ _entities: { earnings: unknown }[] }>(courier.identity, EARNINGS, day))._entities[0].earnings;
    const eur = (amount: number) => ({ amount, currency: 'EUR' });
    expect(mine).toEqual({
      deliveries: 4,
      basePay: eur(389 + 478 + 567 + 389),
      bonus: eur(300 + 300 + 100 + 500),
      total: eur(1823 + 1200),
      bonusLines: [
        { rule: 'ON_TIME', description: '3 on-time deliveries × 1.00 EUR (ETA at assignment + 5 min)', amount: eur(300) },
        { rule: 'PEAK_HOURS', description: '2 deliveries in peak hours × 1.50 EUR', amount: eur(300) },
        { rule: 'HIGH_RATING', description: '1 delivery rated 5+ stars × 1.00 EUR', amount: eur(100) },
        { rule: 'STREAK', description: '1 streak of 2 on-time deliveries × 5.00 EUR', amount: eur(500) },
      ],
    });
    expect(ok(await h.call<{ _entities: { earnings: unknown }[] }>(h.admin, EARNINGS, day))._entities[0].earnings).toEqual(mine);

    // A period that starts after D1 leaves it out (and with it the streak-free start).
    const afternoon = { ...day, from: '2026-03-02T12:30:00Z' };
    const later = ok(
      await h.call<{ _entities: { earnings: { deliveries: number; total: unknown } }[] }>(courier.identity, EARNINGS, afternoon),
    )._entities[0].earnings;
    expect(later).toMatchObject({ deliveries: 3, total: eur(478 + 567 + 389 + 200 + 150 + 500) });
  });

  it('is shown only to the courier themself and admins, for a sensible period', async () => {
    const day = { id: courier.id, from: '2026-03-02T00:00:00Z', to: '2026-03-03T00:00:00Z' };
    expect(errorOf(await h.call(user('COURIER'), EARNINGS, day))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await h.call(courier.identity, EARNINGS, { ...day, to: day.from }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
    });
    expect(errorOf(await h.call(courier.identity, EARNINGS, { ...day, to: '2028-01-01T00:00:00Z' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
    });
  });
});
